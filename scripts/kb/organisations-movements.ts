// (in progress)
export const ORG_MOVEMENTS = `
`;
