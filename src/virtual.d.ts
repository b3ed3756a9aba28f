declare module 'virtual:story' {
  const story: import('./content/schema').Story;
  export default story;
}
