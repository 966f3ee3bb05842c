// Command jixiao checks budget performance self-evaluation workbooks
// (预算绩效自评表) and prints a scored report with findings.
//
// Usage:
//
//	jixiao check [-j N] [--format text|json|csv] [--lang zh|en] [--disable CODE,...] [--password P] [--vocabulary FILE] [--prorate] [--report REPORT | --reports] FILE|DIR|GLOB...
//	jixiao rules [--lang zh|en] [CODE...]
//	jixiao rule [--weight W] [--target T] [--actual A] [--prorate] [--format text|json] [--lang zh|en] TEXT
//	jixiao annotate -o OUT.xlsx [--report REPORT] [--lang zh|en] [--disable CODE,...] [--password P] IN.xlsx
//	jixiao template --form project|department -o FILE.xlsx
//	jixiao version
//
// jixiao COMMAND --help describes a command's flags.
//
// check takes files, directories (every .xlsx below them) and glob patterns,
// checks them with N workers (default: the number of CPUs), prints the
// reports in input order and, for more than one file, a closing summary.
//
// Exit codes of check and annotate: 0 when every file is valid, 1 when any
// file has an error finding or is blank, 2 when a file cannot be read, an
// output cannot be written, or the usage is wrong. --help exits 0.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
)

// Exit codes.
const (
	exitValid    = 0
	exitFindings = 1
	exitTrouble  = 2
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run is the whole command, testable.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return exitTrouble
	}
	switch args[0] {
	case "check":
		return runCheck(ctx, args[1:], stdout, stderr)
	case "rules":
		return runRules(args[1:], stdout, stderr)
	case "rule":
		return runRule(args[1:], stdout, stderr)
	case "annotate":
		return runAnnotate(ctx, args[1:], stdout, stderr)
	case "template":
		return runTemplate(args[1:], stdout, stderr)
	case "version", "--version", "-version":
		fmt.Fprintln(stdout, "jixiao "+version())
		return exitValid
	case "help", "-h", "--help":
		usage(stdout)
		return exitValid
	}
	fmt.Fprintf(stderr, "jixiao: unknown command %q\n", args[0])
	usage(stderr)
	return exitTrouble
}

// synopses are the commands' usage lines, in the order usage lists them.
var synopses = []struct{ name, line, about string }{
	{"check", "jixiao check [-j N] [--format text|json|csv] [--lang zh|en] [--disable CODE,...] [--password P] [--vocabulary FILE] [--prorate] [--report REPORT | --reports] FILE|DIR|GLOB...", "checks each workbook and prints a report per file"},
	{"rules", "jixiao rules [--lang zh|en] [CODE...]", "lists every finding code with its severity and title, or explains the codes given"},
	{"rule", "jixiao rule [--weight W] [--target T] [--actual A] [--prorate] [--format text|json] [--lang zh|en] TEXT", "reads a 评分标准 text: its kind, the parameters read, and the score it gives"},
	{"annotate", "jixiao annotate -o OUT.xlsx [--report REPORT] [--lang zh|en] [--disable CODE,...] [--password P] IN.xlsx", "writes a copy of IN with comments on the cells found wrong and a first sheet 核查结果"},
	{"template", "jixiao template --form project|department -o FILE.xlsx", "writes a blank standard workbook"},
	{"version", "jixiao version", "prints the version jixiao was built from"},
}

// synopsis is the usage line of a command.
func synopsis(name string) string {
	for _, s := range synopses {
		if s.name == name {
			return s.line
		}
	}
	return "jixiao " + name
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage:")
	for _, s := range synopses {
		fmt.Fprintln(w, "  "+s.line)
	}
	fmt.Fprintln(w)
	for _, s := range synopses {
		fmt.Fprintf(w, "%-9s %s\n", s.name, s.about)
	}
	fmt.Fprint(w, `
jixiao COMMAND --help describes a command's flags.

exit codes of check and annotate: 0 every workbook valid, 1 a workbook with an error finding (or blank),
2 a file that cannot be read, or a usage error
`)
}
