package main

import (
	"fmt"
	"io"

	"github.com/jixiao-go/jixiao/template"
)

// runTemplate writes a blank standard workbook.
func runTemplate(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("template", stderr)
	form := fs.String("form", "", "the form to write: department (部门整体支出 and its score sheet) or project (项目支出)")
	out := fs.String("o", "", "the .xlsx file to write (required)")
	rest, code, ok := parseCommand(fs, args, stdout)
	if !ok {
		return code
	}
	if len(rest) != 0 || *out == "" || *form == "" {
		fmt.Fprintln(stderr, "usage: "+synopsis("template"))
		return exitTrouble
	}
	f := template.Form(*form)
	known := false
	for _, k := range template.Forms() {
		known = known || f == k
	}
	if !known {
		fmt.Fprintf(stderr, "jixiao: unknown form %q (want department or project)\n", *form)
		return exitTrouble
	}
	if err := template.WriteFile(*out, f); err != nil {
		fmt.Fprintln(stderr, "jixiao:", err)
		return exitTrouble
	}
	fmt.Fprintln(stdout, *out)
	return exitValid
}
