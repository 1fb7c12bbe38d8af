// Runs a command once, output discarded, and prints its CPU time (user+sys, us), peak
// RSS (KiB), minor page faults and exit code. A tiny parent: a child forked from Python
// would count Python's pages in its peak RSS. Build: gcc -O2 -o /tmp/rusage_run THIS.
#include <fcntl.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char** argv) {
  if (argc < 2) return 2;
  pid_t pid = fork();
  if (pid == 0) {
    int fd = open("/dev/null", O_WRONLY);
    dup2(fd, 1);
    dup2(fd, 2);
    execv(argv[1], argv + 1);
    _exit(127);
  }
  int status;
  struct rusage ru;
  wait4(pid, &status, 0, &ru);
  long us = (ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000000L + ru.ru_utime.tv_usec +
            ru.ru_stime.tv_usec;
  printf("%ld %ld %ld %d\n", us, ru.ru_maxrss, ru.ru_minflt,
         WIFEXITED(status) ? WEXITSTATUS(status) : -1);
  return 0;
}
