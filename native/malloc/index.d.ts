/** glibc's malloc figures in bytes (mallinfo2); empty on a glibc older than 2.33. */
export interface MallocInfo {
  /** From the system through brk (the main heap) and the threads' arenas. */
  arena?: number;
  /** Blocks mapped apart (at or above the mmap threshold). */
  mapped?: number;
  inUse?: number;
  /** Free but kept by malloc. */
  free?: number;
  /** The free top of the main heap: what glibc gives back on its own. */
  freeTop?: number;
}

export interface MallocAddon {
  /** mallopt(M_MMAP_THRESHOLD, bytes): true when glibc took it. */
  setMmapThreshold(bytes: number): boolean;
  /** malloc_trim(0): true when memory went back to the system. */
  trim(): boolean;
  mallinfo(): MallocInfo;
}

/** The built addon's path. */
export const BUILT: string;

/** The addon at `file` (the build's by default), or null where it was not built or does not load. */
export function loadMallocAddon(file?: string): MallocAddon | null;

/** The build's addon, loaded once per thread; null without it or with SIM_MALLOC_ADDON=0. */
export function mallocAddon(env?: Record<string, string | undefined>): MallocAddon | null;
