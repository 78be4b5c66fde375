//go:build unix

package store

import (
	"errors"
	"syscall"
)

// processGone tells whether no process has pid: signal 0 checks without
// sending anything. EPERM means a process of another user has it.
func processGone(pid int) bool {
	return errors.Is(syscall.Kill(pid, 0), syscall.ESRCH)
}
