// (in progress)
export const ORG_PARTIES = `
`;
