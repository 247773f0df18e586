// (in progress)
export const ORG_SECURITY = `
`;
export const MINISTRY_TABLE = `
`;
