/** The URL of the totals of every yearly figures file in one JSON object, made by the figure-summary Vite plugin (vite-figure-summary.ts). */
declare module 'virtual:figure-summary' {
  const url: string;
  export default url;
}
