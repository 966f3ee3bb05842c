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
//
// check takes files, directories (every .xlsx below them) and glob patterns,
// checks them with N workers (default: the number of CPUs), prints the
// reports in input order and, for more than one file, a closing summary.
//
// Exit codes of check: 0 when every file is valid, 1 when any file has an
// error finding, 2 when a file cannot be read or the usage is wrong.
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
	case "help", "-h", "--help":
		usage(stdout)
		return exitValid
	}
	fmt.Fprintf(stderr, "jixiao: unknown command %q\n", args[0])
	usage(stderr)
	return exitTrouble
}

func usage(w io.Writer) {
	fmt.Fprint(w, `usage:
  jixiao check [-j N] [--format text|json|csv] [--lang zh|en] [--disable CODE,...] [--password P] [--vocabulary FILE] [--prorate] [--report REPORT | --reports] FILE|DIR|GLOB...
  jixiao rules [--lang zh|en] [CODE...]
  jixiao rule [--weight W] [--target T] [--actual A] [--prorate] [--format text|json] [--lang zh|en] TEXT
  jixiao annotate -o OUT.xlsx [--report REPORT] [--lang zh|en] [--disable CODE,...] [--password P] IN.xlsx
  jixiao template --form project|department -o FILE.xlsx

check   checks each workbook and prints a report per file
rules   lists every finding code with its severity and title
rule    reads a 评分标准 text: its kind, the parameters read, and the score it gives
annotate writes a copy of IN with comments on the cells found wrong and a first sheet 核查结果
template writes a blank standard workbook

exit codes of check: 0 all valid, 1 error findings, 2 unreadable file or bad usage
`)
}
