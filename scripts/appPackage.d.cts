// Types for appPackage.cjs: the Microsoft 365 app package (a stored zip).

export declare function crc32(bytes: Uint8Array): number;
/** A zip of the files (stored, in order, fixed time stamps). */
export declare function zipStored(files: Array<[string, Buffer]>): Buffer;
/** Reads a stored zip back (checks each CRC): name -> bytes. */
export declare function readStoredZip(zip: Buffer): Map<string, Buffer>;
