{
  "targets": [
    {
      "target_name": "duo_malloc",
      "sources": ["src/malloc.c"],
      "cflags": ["-O2", "-Wall", "-Wextra"]
    }
  ]
}
