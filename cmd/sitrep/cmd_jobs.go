package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"github.com/sitrep/sitrep/internal/store"
)

func init() {
	register(&command{Name: "jobs", Summary: "list the work not done (articles waiting for events) and retry what was set aside", Run: runJobs})
}

var jobsAbout = fmt.Sprintf(`
Every stored article has a job: code its events. The process that stores an
article does it at once; a job is left over when that failed or the process
stopped (crash, kill, out of memory). Feed items that watch fetches are jobs
too. This lists the jobs not done:

  waiting    ready for the next ingest or watch (after UNTIL, if it failed
             and waits out a back-off)
  leased     a process holds it until UNTIL; if that process stopped, the
             next ingest takes the job over at once when it ran on this
             machine, else once the lease has run out
  set aside  tried %d times (every claim counts, so a job that kills its
             process counts too) and never tried again by itself, so it
             cannot take later runs down; ERROR says why its last attempt
             ended

  jobs [--status S] [--kind K] [--format table|json]   list
  jobs retry ID|--all                                  put set-aside jobs back

A job put back gets one more attempt (by the next ingest or watch); if that
fails too, it is set aside again. ID is the article ID (or a unique prefix)
or the feed item's URL, as listed.

Examples:
  sitrep jobs
  sitrep jobs --status "set aside"
  sitrep jobs retry 3fa2c1
  sitrep jobs retry --all && sitrep ingest new-reports/
`, store.MaxAttempts)

// jobJSON is the public JSON shape of a job.
type jobJSON struct {
	Kind      string `json:"kind"`
	Ref       string `json:"ref"`
	Status    string `json:"status"`
	Attempts  int    `json:"attempts"`
	Until     string `json:"until,omitempty"`
	Worker    string `json:"worker,omitempty"`
	LastError string `json:"last_error,omitempty"`
	Created   string `json:"created"`
}

func runJobs(ctx context.Context, g *globals, args []string) error {
	if len(args) > 0 && args[0] == "retry" {
		return runJobsRetry(ctx, g, args[1:])
	}
	fs := newFlags(g, "jobs", "[--status S] [--kind K] [--format table|json] | retry ID|--all", jobsAbout)
	status := fs.String("status", "", `only jobs with this status: waiting, leased or "set aside"`)
	kind := fs.String("kind", "", "only jobs of this kind: "+store.JobExtract+" (an article's events) or "+store.JobFetch+" (a feed item)")
	format := fs.String("format", "table", "output format: table or json")
	limit := fs.Int("limit", 100, "at most this many jobs")
	args, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(args) > 0 {
		return usageErr("unexpected argument %q (to put jobs back: sitrep jobs retry ID|--all)", args[0])
	}
	switch *status {
	case "", store.StatusWaiting, store.StatusLeased, store.StatusSetAside:
	default:
		return usageErr("--status must be waiting, leased or \"set aside\", not %q", *status)
	}
	if *kind != "" && *kind != store.JobExtract && *kind != store.JobFetch {
		return usageErr("--kind must be %s or %s, not %q", store.JobExtract, store.JobFetch, *kind)
	}
	if err := checkTableOrJSON(*format); err != nil {
		return err
	}
	st, err := openStored(ctx, g)
	if err != nil {
		return err
	}
	defer st.Close()
	list, err := st.ListJobs(ctx, store.JobFilter{Kind: *kind, Status: *status, Limit: *limit})
	if err != nil {
		return err
	}
	if *format == "json" {
		out := make([]jobJSON, 0, len(list))
		for _, j := range list {
			out = append(out, toJobJSON(j))
		}
		enc := json.NewEncoder(g.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	if len(list) == 0 {
		if *status == "" && *kind == "" {
			fmt.Fprintln(g.Stderr, "no jobs waiting: every stored article has its events")
		} else {
			fmt.Fprintln(g.Stderr, "no such jobs")
		}
		return nil
	}
	if err := printJobs(g.Stdout, list, time.Now()); err != nil {
		return err
	}
	if len(list) == *limit {
		fmt.Fprintf(g.Stderr, "(the first %d; --limit for more)\n", *limit)
	}
	return nil
}

func toJobJSON(j store.JobInfo) jobJSON {
	out := jobJSON{Kind: j.Kind, Ref: j.Ref, Status: j.Status, Attempts: j.Attempts, Worker: j.Worker,
		LastError: j.LastError, Created: j.Created.UTC().Format(time.RFC3339)}
	if !j.LeaseUntil.IsZero() {
		out.Until = j.LeaseUntil.UTC().Format(time.RFC3339)
	}
	return out
}

func printJobs(w io.Writer, list []store.JobInfo, now time.Time) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "KIND\tREF\tSTATUS\tATTEMPTS\tUNTIL\tWORKER\tERROR")
	for _, j := range list {
		until := "-"
		if j.LeaseUntil.After(now) {
			until = clock(j.LeaseUntil, now)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d/%d\t%s\t%s\t%s\n", j.Kind, clip(j.Ref, 60), j.Status, j.Attempts, store.MaxAttempts,
			until, dash(clip(j.Worker, 30)), dash(clip(j.LastError, 80)))
	}
	return tw.Flush()
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// clock is t as local time of day, with the date when it is not today.
func clock(t, now time.Time) string {
	t, now = t.Local(), now.Local()
	if t.Year() != now.Year() || t.YearDay() != now.YearDay() {
		return t.Format("2006-01-02 15:04:05")
	}
	return t.Format("15:04:05")
}

func runJobsRetry(ctx context.Context, g *globals, args []string) error {
	fs := newFlags(g, "jobs retry", "ID|--all", jobsAbout)
	all := fs.Bool("all", false, "put back every job set aside")
	args, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	switch {
	case *all && len(args) > 0:
		return usageErr("give an ID or --all, not both")
	case !*all && len(args) != 1:
		return usageErr("give one ID (see sitrep jobs) or --all")
	}
	ref := ""
	if !*all {
		ref = args[0]
	}
	st, err := openStored(ctx, g)
	if err != nil {
		return err
	}
	defer st.Close()
	n, err := st.RetryJobs(ctx, ref)
	switch {
	case errors.Is(err, store.ErrNotFound):
		return fmt.Errorf("no job set aside has ID %q (see sitrep jobs --status \"set aside\")", ref)
	case errors.Is(err, store.ErrAmbiguous):
		return fmt.Errorf("several jobs set aside start with %q: give more of the ID", ref)
	case err != nil:
		return err
	}
	fmt.Fprintf(g.Stdout, "%s put back for one more attempt: the next ingest or watch tries %s\n", count(n, "job"), them(n))
	return nil
}

func them(n int) string {
	if n == 1 {
		return "it"
	}
	return "them"
}

// count is "1 job", "3 jobs".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// queueNotice says, in one line each, what an ingest run leaves undone in
// the queue that is not its own failure: articles whose events wait for
// another process's lease (it may have stopped: a run after the lease
// codes them), and articles set aside.
func queueNotice(ctx context.Context, st store.Store) ([]string, error) {
	counts, err := st.CountJobs(ctx, store.JobExtract)
	if err != nil {
		return nil, err
	}
	var leased, setAside int
	var until time.Time
	for _, c := range counts {
		switch c.Status {
		case store.StatusLeased:
			leased += c.N
			if c.Until.After(until) {
				until = c.Until
			}
		case store.StatusSetAside:
			setAside += c.N
		}
	}
	var lines []string
	if leased > 0 {
		verb := "wait"
		if leased == 1 {
			verb = "waits"
		}
		lines = append(lines, fmt.Sprintf("%s %s for the lease of another process until %s; if it stopped, run again then",
			count(leased, "article"), verb, clock(until, time.Now())))
	}
	if setAside > 0 {
		lines = append(lines, fmt.Sprintf("%s set aside after %d attempts, without events: see sitrep jobs",
			count(setAside, "article"), store.MaxAttempts))
	}
	return lines, nil
}
