// (in progress)
export const ORG_MEDIA = `
`;
