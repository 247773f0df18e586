#!/usr/bin/env node
// Entry point of the `marsad` command. Runs the TypeScript sources through tsx so that a clean
// checkout needs no build step before the CLI works.
import { register } from 'tsx/esm/api';
register();
await import('../src/cli/main.ts');
