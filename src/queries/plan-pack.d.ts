/** The URL of the plan files of data/plans/ as the app's parser reads them, in one JSON object, made by the plan-pack Vite plugin (vite-plan-pack.ts). */
declare module 'virtual:plan-pack' {
  const url: string;
  export default url;
}
