// Types of scripts/build-validators.mjs for the test that keeps its output current.
export declare const OUTPUT_JS: string;
export declare const OUTPUT_DTS: string;
/** The generated module's two files as text. */
export declare function validatorsSource(): { js: string; dts: string };
