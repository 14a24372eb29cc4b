/** Types for manifest-origin.js (CommonJS, used by webpack.config.js and the tests). */
export declare const DEV_ORIGIN: string;
export declare function productionOrigin(value: string | undefined): string | Error;
export declare function rewriteManifest(content: string | Buffer, origin: string): string;
