// Vite's `?raw` suffix imports a file's text; the workers pool has no filesystem to read fixtures from.
declare module "*?raw" {
  const text: string;
  export default text;
}
