package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"text/tabwriter"
	"time"

	"github.com/sitrep/sitrep/internal/alerts"
	"github.com/sitrep/sitrep/internal/filter"
	"github.com/sitrep/sitrep/internal/store"
)

func init() {
	register(&command{Name: "alerts", Summary: "saved filters with an Atom feed and an optional webhook", Run: runAlerts})
}

const alertsAbout = `
An alert is a saved event filter (the filters of 'sitrep export' and
/api/events). Each has an Atom feed at /feeds/NAME.atom on 'sitrep serve';
any filter has one at /feeds/events.atom?FILTERS too.

With --webhook, each event that newly matches the alert, or changes, is POSTed
to the URL as JSON ({"alert", "change": "new"|"changed", "event_url",
"event"}), signed: the header X-Sitrep-Signature is "sha256=" and the hex
HMAC-SHA256 of the body keyed with the secret. X-Sitrep-Delivery is the same
on every retry of a delivery, so a receiver can drop one it got twice.
'sitrep watch' queues them after each new article and sends them beside its
polling (never holding it up); 'sitrep alerts deliver' does one round, for
cron. A failed delivery is retried after 30s, 1m, 2m… (at most 6h between
tries), 10 tries in all; the queue is in the database, so a crash loses
nothing. Webhooks on private or loopback addresses are refused unless
--allow-private is given to watch or deliver.

  alerts add NAME [filters] [--webhook URL [--secret S]]
  alerts list [--format table|json]
  alerts rm NAME
  alerts deliver [--allow-private] [--retry]

Prefer SITREP_WEBHOOK_SECRET to --secret (command lines are visible to other
users); without either, a secret is made and printed once.

Examples:
  sitrep alerts add tj-deaths --country TJ --min-fatalities 1
  curl http://127.0.0.1:8080/feeds/tj-deaths.atom
  SITREP_WEBHOOK_SECRET=s3cret sitrep alerts add sahel --country Mali --type Battles --webhook https://hooks.example.org/sitrep
  sitrep alerts list
  sitrep alerts rm tj-deaths
`

func runAlerts(ctx context.Context, g *globals, args []string) error {
	if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "-help") {
		newFlags(g, "alerts", "add|list|rm|deliver [flags] [args]", alertsAbout).Usage()
		return nil
	}
	if len(args) == 0 {
		return usageErr("say add, list, rm or deliver")
	}
	switch args[0] {
	case "add":
		return runAlertsAdd(ctx, g, args[1:])
	case "list", "ls":
		return runAlertsList(ctx, g, args[1:])
	case "rm", "remove":
		return runAlertsRm(ctx, g, args[1:])
	case "deliver":
		return runAlertsDeliver(ctx, g, args[1:])
	}
	return usageErr("unknown alerts command %q: say add, list, rm or deliver", args[0])
}

// secretBytes is the size of a secret made for a webhook: 128 bits.
const secretBytes = 16

func runAlertsAdd(ctx context.Context, g *globals, args []string) error {
	fs := newFlags(g, "alerts add", "NAME [filters] [--webhook URL [--secret S]]", alertsAbout)
	q := filter.AddFlags(fs, filter.ForEvents, "limit", "offset")
	webhook := fs.String("webhook", "", "POST each new or changed event to this `URL`")
	secret := fs.String("secret", os.Getenv("SITREP_WEBHOOK_SECRET"), "HMAC key of the webhook's signatures (env SITREP_WEBHOOK_SECRET); none: one is made")
	args, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(args) != 1 {
		return usageErr("give one NAME")
	}
	name := args[0]
	if err := alerts.CheckName(name); err != nil {
		return usageErr("%v", err)
	}
	saved, err := alerts.CheckFilter(q)
	if err != nil {
		return usageErr("%v", err)
	}
	made := false
	if *webhook != "" {
		if err := alerts.CheckWebhook(*webhook); err != nil {
			return usageErr("%v", err)
		}
		if *secret == "" {
			b := make([]byte, secretBytes)
			rand.Read(b)
			*secret, made = hex.EncodeToString(b), true
		}
	} else if flagSet(fs, "secret") {
		return usageErr("--secret goes with --webhook")
	}
	st, err := store.Open(ctx, g.DB)
	if err != nil {
		return err
	}
	defer st.Close()
	a := &store.Alert{Name: name, Filter: saved, Webhook: *webhook}
	if *webhook != "" {
		a.Secret = *secret
	}
	if err := st.AddAlert(ctx, a); err != nil {
		if errors.Is(err, store.ErrExists) {
			return fmt.Errorf("an alert named %s exists already (sitrep alerts rm %s first)", name, name)
		}
		return err
	}
	fmt.Fprintf(g.Stdout, "added alert %s (%s): feed /feeds/%s.atom\n", name, orAll(saved), name)
	if made {
		fmt.Fprintf(g.Stdout, "webhook secret (shown once; give it to the receiver): %s\n", a.Secret)
	}
	return nil
}

// flagSet says whether the flag name was given on the command line.
func flagSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}

func orAll(filter string) string {
	if filter == "" {
		return "all events"
	}
	return filter
}

// alertJSON is the public JSON shape of an alert: never its secret.
type alertJSON struct {
	Name       string         `json:"name"`
	Filter     string         `json:"filter"`
	Feed       string         `json:"feed"`
	Webhook    string         `json:"webhook,omitempty"`
	Created    string         `json:"created"`
	Deliveries map[string]int `json:"deliveries,omitempty"`
}

func runAlertsList(ctx context.Context, g *globals, args []string) error {
	fs := newFlags(g, "alerts list", "[--format table|json]", alertsAbout)
	format := fs.String("format", "table", "output format: table or json")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	if err := checkTableOrJSON(*format); err != nil {
		return err
	}
	st, err := openStored(ctx, g)
	if err != nil {
		return err
	}
	defer st.Close()
	list, err := st.ListAlerts(ctx)
	if err != nil {
		return err
	}
	counts, err := st.CountDeliveries(ctx)
	if err != nil {
		return err
	}
	out := make([]alertJSON, 0, len(list))
	for _, a := range list {
		out = append(out, alertJSON{Name: a.Name, Filter: a.Filter, Feed: "/feeds/" + a.Name + ".atom", Webhook: a.Webhook,
			Created: a.Created.Format(time.RFC3339), Deliveries: counts[a.ID]})
	}
	if *format == "json" {
		enc := json.NewEncoder(g.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	if len(out) == 0 {
		fmt.Fprintln(g.Stderr, "no alerts (add one with: sitrep alerts add NAME --country …)")
		return nil
	}
	tw := tabwriter.NewWriter(g.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tFILTER\tFEED\tWEBHOOK\tPENDING\tSENT\tFAILED")
	for _, a := range out {
		hook := "-"
		if a.Webhook != "" {
			hook = clip(a.Webhook, 50)
		}
		c := a.Deliveries
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\t%d\t%d\n", a.Name, clip(orAll(a.Filter), 50), a.Feed, hook,
			c[store.DeliveryPending], c[store.DeliverySent], c[store.DeliveryFailed])
	}
	return tw.Flush()
}

func runAlertsRm(ctx context.Context, g *globals, args []string) error {
	fs := newFlags(g, "alerts rm", "NAME", alertsAbout)
	args, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(args) != 1 {
		return usageErr("give one NAME")
	}
	st, err := openStored(ctx, g)
	if err != nil {
		return err
	}
	defer st.Close()
	if _, err := st.RemoveAlert(ctx, args[0]); err != nil {
		if errors.Is(err, store.ErrNotFound) {
			return fmt.Errorf("no alert named %q (see sitrep alerts list)", args[0])
		}
		return err
	}
	fmt.Fprintf(g.Stdout, "removed alert %s and its queued deliveries\n", args[0])
	return nil
}

func runAlertsDeliver(ctx context.Context, g *globals, args []string) error {
	fs := newFlags(g, "alerts deliver", "[--allow-private] [--retry]", alertsAbout)
	allowPrivate := fs.Bool("allow-private", false, "allow webhooks on private, loopback and link-local addresses")
	retry := fs.Bool("retry", false, "first put the deliveries that failed every try back in the queue")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	st, err := openStored(ctx, g)
	if err != nil {
		return err
	}
	defer st.Close()
	if *retry {
		n, err := st.RetryDeliveries(ctx, 0, time.Now())
		if err != nil {
			return err
		}
		fmt.Fprintf(g.Stderr, "sitrep alerts: %d failed deliveries put back\n", n)
	}
	n := newNotifier(g, st, *allowPrivate)
	queued, sent := n.Round(ctx)
	fmt.Fprintf(g.Stderr, "sitrep alerts: %d events queued; %s\n", queued, sent)
	if sent.Retry > 0 || sent.Failed > 0 {
		return errSilent
	}
	return nil
}

// newNotifier is the alerts' scanner and sender that watch and alerts
// deliver share.
func newNotifier(g *globals, st store.Store, allowPrivate bool) *alerts.Notifier {
	return &alerts.Notifier{Store: st, Client: alerts.NewClient(allowPrivate), Log: g.Log, UserAgent: userAgent()}
}
