// The bundler embeds .yaml files as text (tsup.config.ts: loader '.yaml': 'text').
declare module '*.yaml' {
  /** The file's text. */
  const text: string;
  export default text;
}
