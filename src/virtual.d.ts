declare module 'virtual:story' {
  const story: import('./content/schema').Story;
  export default story;
  export const labels: import('./content/localeFormat').Labels;
  export const editions: import('./content/editionLink').EditionLink[];
}
