package store

import (
	"os"
	"strconv"
	"strings"
)

// A worker's default name is host:pid (see defaultWorker), which is what
// lets a process tell that a lease's holder on its own machine has stopped.

// defaultWorker names this process in the leases it takes.
func defaultWorker() string {
	return localHost() + ":" + strconv.Itoa(os.Getpid())
}

func localHost() string {
	h, err := os.Hostname()
	if err != nil || h == "" {
		h = "localhost"
	}
	return h
}

// WorkerStopped tells whether the worker named worker is known to have
// stopped: it has a default name (host:pid) on this machine and no process
// has that pid. Anything else (another machine, a name given with
// SetWorker, a pid now reused by another process) counts as running, so
// the caller waits for the lease as before: a wrong "running" costs time,
// a wrong "stopped" would only code an article twice, which replaces its
// events with the same ones.
func WorkerStopped(worker string) bool {
	i := strings.LastIndexByte(worker, ':')
	if i < 0 || worker[:i] != localHost() {
		return false
	}
	pid, err := strconv.Atoi(worker[i+1:])
	if err != nil || pid <= 0 || pid == os.Getpid() {
		return false
	}
	return processGone(pid)
}
