// Command sitrep turns news articles about armed conflict into a clean,
// traceable event database. See README.md.
package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"runtime/debug"
	"sort"
	"strings"
	"syscall"
)

// version is set by the linker at release time.
var version = "dev"

// globals are the options given before the subcommand.
type globals struct {
	DB      string    // --db, $SITREP_DB, default ./sitrep.db
	Verbose bool      // --verbose: debug logs on stderr
	Stdout  io.Writer // where results go (tests swap it)
	Stderr  io.Writer // where progress, summaries and errors go
	Stdin   io.Reader
	Log     *slog.Logger
}

// command is one subcommand. Each lives in its own cmd_NAME.go file and
// registers itself from init, so adding one touches no other file.
type command struct {
	Name    string
	Summary string // one line for `sitrep help`
	// Run parses its own flags from args. A returned error is printed as
	// "sitrep NAME: err" and the process exits 1; errSilent exits 1 quietly
	// because the command has already reported what failed.
	Run func(ctx context.Context, g *globals, args []string) error
}

var commands = map[string]*command{}

func register(c *command) {
	if _, dup := commands[c.Name]; dup {
		panic("duplicate command " + c.Name)
	}
	commands[c.Name] = c
}

// errSilent signals failure that has already been reported line by line.
var errSilent = errors.New("failed")

// errBadFlags is a usage error the flag package has already printed.
var errBadFlags = errors.New("bad flags")

// errUsage marks a bad invocation: exit code 2 like the flag package.
type errUsage struct{ msg string }

func (e errUsage) Error() string { return e.msg }

func usageErr(format string, args ...any) error { return errUsage{fmt.Sprintf(format, args...)} }

func main() {
	// sitrep's budget is 250 MB resident for ingest and serve; the
	// gazetteer alone holds about 120 MB, and by default Go lets the heap
	// double before it collects. A soft limit makes it collect sooner
	// (GOMEMLIMIT, if set, wins).
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(160 << 20)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is main without the process: tests call it directly.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	g := &globals{Stdout: stdout, Stderr: stderr, Stdin: stdin}
	fs := flag.NewFlagSet("sitrep", flag.ContinueOnError)
	fs.SetOutput(stderr)
	defDB := os.Getenv("SITREP_DB")
	if defDB == "" {
		defDB = "sitrep.db"
	}
	fs.StringVar(&g.DB, "db", defDB, "database: a SQLite file, or a postgres:// URL for a shared PostgreSQL (env SITREP_DB)")
	fs.BoolVar(&g.Verbose, "verbose", false, "log debug detail to stderr")
	showVersion := fs.Bool("version", false, "print the version and exit")
	fs.Usage = func() { printUsage(stderr, fs) }
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if *showVersion {
		fmt.Fprintln(stdout, versionLine(debug.ReadBuildInfo()))
		return 0
	}
	rest := fs.Args()
	if len(rest) > 1 {
		// Global flags may also follow the command (`sitrep events --db x.db`).
		var globalArgs []string
		globalArgs, rest = hoistGlobals(rest)
		if err := fs.Parse(globalArgs); err != nil {
			return 2
		}
	}
	level := slog.LevelWarn
	if g.Verbose {
		level = slog.LevelDebug
	}
	g.Log = slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level}))

	if len(rest) == 0 {
		printUsage(stderr, fs)
		return 2
	}
	name := rest[0]
	if name == "help" {
		if len(rest) > 1 {
			if c, ok := commands[rest[1]]; ok {
				return exitCode(stderr, c.Name, c.Run(ctx, g, []string{"--help"}))
			}
		}
		printUsage(stdout, fs)
		return 0
	}
	c, ok := commands[name]
	if !ok {
		fmt.Fprintf(stderr, "sitrep: unknown command %q (see sitrep help)\n", name)
		return 2
	}
	return exitCode(stderr, name, c.Run(ctx, g, rest[1:]))
}

// globalFlags are the global flags hoistGlobals lifts out of a command's
// arguments; the value says whether the flag takes a separate value.
var globalFlags = map[string]bool{"db": true, "verbose": false}

// hoistGlobals splits args (the command and its arguments) into the global
// flags found after the command and the rest, so that a global flag works
// wherever it is written. Nothing after "--" is touched.
func hoistGlobals(args []string) (globalArgs, rest []string) {
	rest = []string{args[0]}
	for i := 1; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			return globalArgs, append(rest, args[i:]...)
		}
		if !strings.HasPrefix(a, "-") {
			rest = append(rest, a)
			continue
		}
		// The flag package takes -name and --name alike.
		name, _, inline := strings.Cut(strings.TrimPrefix(a[1:], "-"), "=")
		takesValue, global := globalFlags[name]
		if !global {
			rest = append(rest, a)
			continue
		}
		globalArgs = append(globalArgs, a)
		if takesValue && !inline && i+1 < len(args) {
			i++
			globalArgs = append(globalArgs, args[i])
		}
	}
	return globalArgs, rest
}

func exitCode(stderr io.Writer, name string, err error) int {
	var ue errUsage
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errSilent):
		return 1
	case errors.Is(err, errBadFlags):
		return 2
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "sitrep %s: %s (see sitrep %s --help)\n", name, ue.msg, name)
		return 2
	default:
		fmt.Fprintf(stderr, "sitrep %s: %v\n", name, err)
		return 1
	}
}

func printUsage(w io.Writer, fs *flag.FlagSet) {
	fmt.Fprint(w, `sitrep turns news articles about armed conflict into a traceable event database.

Usage: sitrep [--db PATH] COMMAND [flags] [args]

Commands:
`)
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].Summary)
	}
	fmt.Fprint(w, "\nGlobal flags (before or after the command):\n")
	fs.SetOutput(w)
	fs.PrintDefaults()
	fmt.Fprint(w, "\nRun 'sitrep COMMAND --help' for a command's flags and examples.\n")
}

// newFlags makes a subcommand's flag set whose --help prints usage text
// (synopsis, description, examples) followed by the flags.
func newFlags(g *globals, name, synopsis, about string) *flag.FlagSet {
	fs := flag.NewFlagSet("sitrep "+name, flag.ContinueOnError)
	fs.SetOutput(g.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(g.Stderr, "Usage: sitrep %s %s\n\n%s\n", name, synopsis, strings.TrimSpace(about))
		var b strings.Builder
		fs.SetOutput(&b)
		fs.PrintDefaults()
		fs.SetOutput(g.Stderr)
		if b.Len() > 0 {
			fmt.Fprintf(g.Stderr, "\nFlags:\n%s", b.String())
		}
	}
	return fs
}

// parseFlags parses args and turns flag errors into usage errors.
// Flags may come after positional arguments (`sitrep ingest dir --quiet`).
// checkTableOrJSON checks a listing command's --format.
func checkTableOrJSON(format string) error {
	if format != "table" && format != "json" {
		return usageErr("--format must be table or json, not %q", format)
	}
	return nil
}

// parseNoArgs parses the flags of a command that takes no arguments.
func parseNoArgs(fs *flag.FlagSet, args []string) error {
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usageErr("unexpected argument %q", rest[0])
	}
	return nil
}

func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, errBadFlags
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// readArg reads a file named on the command line; "-" is standard input.
func readArg(g *globals, name string) ([]byte, error) {
	if name == "-" {
		return io.ReadAll(g.Stdin)
	}
	return os.ReadFile(name)
}

// eachLine calls fn with every non-blank line of the JSON-lines file at
// path ("-" is standard input). A line fn rejects is reported as
// "sitrep NAME: PATH:LINE: reason" and skipped; the result is errSilent
// when any line was bad, so the exit code says so after all good lines.
func eachLine(ctx context.Context, g *globals, name, path string, fn func(line []byte) error) error {
	var r io.Reader = g.Stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 256<<20)
	bad := 0
	for n := 1; sc.Scan(); n++ {
		if n%256 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		if err := fn(line); err != nil {
			fmt.Fprintf(g.Stderr, "sitrep %s: %s:%d: %v\n", name, path, n, err)
			bad++
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	if bad > 0 {
		fmt.Fprintf(g.Stderr, "sitrep %s: %d bad line(s) skipped\n", name, bad)
		return errSilent
	}
	return nil
}
