// Command rulesdoc writes RULES.md, the reference of every code the checker
// reports, from the catalogue evaluation.Rules. It is run by go generate in
// the evaluation package:
//
//	go generate ./evaluation/
//
// Usage:
//
//	go run ./evaluation/internal/rulesdoc -o RULES.md
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/jixiao-go/jixiao/evaluation"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stderr))
}

// run writes the document to the file named by -o; it returns the exit code.
func run(args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("rulesdoc", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "", "the file to write, such as ../RULES.md")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *out == "" || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "usage: rulesdoc -o FILE")
		return 2
	}
	if err := os.WriteFile(*out, render(), 0o644); err != nil {
		fmt.Fprintln(stderr, "rulesdoc:", err)
		return 1
	}
	return 0
}

// render is the document of the package's checks.
func render() []byte {
	var b bytes.Buffer
	evaluation.WriteRules(&b, evaluation.Checks()) // a bytes.Buffer does not fail
	return b.Bytes()
}
