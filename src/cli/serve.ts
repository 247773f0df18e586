// Subcommands of this area register themselves on the program here.
import type { Command } from 'commander';

export function register(_program: Command): void {
  // filled in by the serve work
}
