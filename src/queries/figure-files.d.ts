/** For each yearly file of data/ ("papi/2024.csv"), the URL of its parse as JSON { figures, issues }, made by the figure-files Vite plugin (vite-figure-files.ts). */
declare module 'virtual:figure-files' {
  const urls: Record<string, string>;
  export default urls;
}
