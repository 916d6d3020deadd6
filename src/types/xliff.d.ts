/** The parts of the `xliff` package (locize) docflow uses; it ships no types. */
declare module 'xliff' {
  type Callback<T> = (error: Error | null, value: T) => void;
  export interface XliffModule {
    jsToXliff12(js: object, done: Callback<string>): void;
    js2xliff(js: object, done: Callback<string>): void;
    xliff12ToJs(xml: string, done: Callback<never>): void;
    xliff2js(xml: string, done: Callback<never>): void;
  }
  const xliff: XliffModule;
  export default xliff;
}
