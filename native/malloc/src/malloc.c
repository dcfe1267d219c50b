// glibc's malloc tuning from inside the process (native/malloc/README in docs/development.md):
// mallopt(M_MMAP_THRESHOLD) at the chain's start instead of MALLOC_MMAP_THRESHOLD_ in the
// environment of a second process, and malloc_trim(0), which returns the free pages in the middle
// of every arena, not only the top of the main heap as glibc does on its own. Node exposes neither.
// Only built on glibc (install.cjs); every function is callable from any thread.
#define NAPI_VERSION 8
#include <malloc.h>
#include <node_api.h>
#include <stdint.h>

#define CHECK(call)                                                                                \
  do {                                                                                             \
    if ((call) != napi_ok) return NULL;                                                            \
  } while (0)

static napi_value boolean(napi_env env, int value) {
  napi_value out;
  CHECK(napi_get_boolean(env, value != 0, &out));
  return out;
}

// setMmapThreshold(bytes): true when glibc took it. Fixes the threshold (glibc no longer raises it
// to the largest block freed), as the environment variable does.
static napi_value set_mmap_threshold(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  int64_t bytes = 0;
  CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  if (argc < 1 || napi_get_value_int64(env, argv[0], &bytes) != napi_ok || bytes < 0 || bytes > INT32_MAX) {
    napi_throw_range_error(env, NULL, "setMmapThreshold: bytes must be an integer from 0 to 2^31-1");
    return NULL;
  }
  return boolean(env, mallopt(M_MMAP_THRESHOLD, (int)bytes));
}

// trim(): malloc_trim(0); true when memory was given back to the system.
static napi_value trim(napi_env env, napi_callback_info info) {
  (void)info;
  return boolean(env, malloc_trim(0));
}

static napi_status set_number(napi_env env, napi_value obj, const char *key, double value) {
  napi_value v;
  napi_status s = napi_create_double(env, value, &v);
  return s != napi_ok ? s : napi_set_named_property(env, obj, key, v);
}

// mallinfo(): bytes glibc holds for the process's arenas (the main heap and the threads' arenas).
static napi_value info(napi_env env, napi_callback_info cb) {
  (void)cb;
  napi_value out;
  CHECK(napi_create_object(env, &out));
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
  struct mallinfo2 m = mallinfo2();
  // arena: from the system by brk/sbrk and the threads' arenas; hblkhd: blocks mapped apart;
  // uordblks: in use; fordblks: free but kept; keepcost: the free top trim could give back alone.
  CHECK(set_number(env, out, "arena", (double)m.arena));
  CHECK(set_number(env, out, "mapped", (double)m.hblkhd));
  CHECK(set_number(env, out, "inUse", (double)m.uordblks));
  CHECK(set_number(env, out, "free", (double)m.fordblks));
  CHECK(set_number(env, out, "freeTop", (double)m.keepcost));
#endif
  return out;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor props[] = {
      {"setMmapThreshold", NULL, set_mmap_threshold, NULL, NULL, NULL, napi_default, NULL},
      {"trim", NULL, trim, NULL, NULL, NULL, napi_default, NULL},
      {"mallinfo", NULL, info, NULL, NULL, NULL, napi_default, NULL},
  };
  if (napi_define_properties(env, exports, sizeof(props) / sizeof(props[0]), props) != napi_ok) return NULL;
  return exports;
}
