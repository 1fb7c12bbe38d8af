/* Runs a command and prints its whole-process-tree CPU time (user+sys, seconds),
   peak RSS (kB), wall time (seconds), exit status and minor page faults on one
   line to stderr or to the file given with -o.  Like GNU time -f '%U %S %M %e %x %R',
   with microsecond CPU figures instead of centiseconds.  Built on demand by bench/lib/timing.sh.
   Usage: rusage [-o FILE] COMMAND [ARG...] */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char** argv) {
  const char* out_path = NULL;
  int first = 1;
  if (argc > 2 && strcmp(argv[1], "-o") == 0) {
    out_path = argv[2];
    first = 3;
  }
  if (first >= argc) {
    fprintf(stderr, "usage: rusage [-o FILE] COMMAND [ARG...]\n");
    return 2;
  }
  struct timespec start, end;
  clock_gettime(CLOCK_MONOTONIC, &start);
  pid_t pid = fork();
  if (pid < 0) {
    perror("fork");
    return 2;
  }
  if (pid == 0) {
    execvp(argv[first], argv + first);
    perror(argv[first]);
    _exit(127);
  }
  int status = 0;
  struct rusage usage;
  if (wait4(pid, &status, 0, &usage) < 0) {
    perror("wait4");
    return 2;
  }
  clock_gettime(CLOCK_MONOTONIC, &end);
  double cpu = usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 + usage.ru_stime.tv_sec +
               usage.ru_stime.tv_usec / 1e6;
  double wall = (end.tv_sec - start.tv_sec) + (end.tv_nsec - start.tv_nsec) / 1e9;
  int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  FILE* out = out_path ? fopen(out_path, "w") : stderr;
  if (!out) {
    perror(out_path);
    return 2;
  }
  fprintf(out, "%.4f %ld %.4f %d %ld\n", cpu, usage.ru_maxrss, wall, code, usage.ru_minflt);
  if (out_path) fclose(out);
  return code;
}
