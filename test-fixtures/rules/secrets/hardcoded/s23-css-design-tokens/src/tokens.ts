// the design tokens a style-guide page lists: CSS custom property names, not credentials
export const SPACING = [
  { token: '--gap-2', value: '4px' },
  { token: '--gutter-4', value: '8px' },
  { token: '--radius-lg3', value: '12px' },
];

// a token that is a real credential
export const partner = { token: 'Zq8vR2mN7xK4pL9w' }; // expect: secrets/hardcoded
