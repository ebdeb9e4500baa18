export declare function distDir(): string;
