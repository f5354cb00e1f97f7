export declare function load(): any;
