/** The URL of every catalogue file's text in one JSON object, made by the catalog-pack Vite plugin (vite-catalog-pack.ts). */
declare module 'virtual:catalog-pack' {
  const url: string;
  export default url;
}
