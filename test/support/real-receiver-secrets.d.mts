export declare const REAL_ADMIN_TOKEN: string;
export declare const REAL_LINK_SECRET: string;
