// Command costly writes the costly formula workbooks of internal/badfile
// (a sum over the whole sheet, 300 sums, a referenced REPT, a circular
// reference, damaged parts) to a directory, one .xlsx each, so that a
// reader's time and memory on them can be measured from the shell:
//
//	go run ./internal/badfile/cmd/costly /tmp/costly
//	/usr/bin/time -v jixiao check /tmp/costly/huge-sum.xlsx
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/jixiao-go/jixiao/internal/badfile"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: costly DIR")
		os.Exit(2)
	}
	dir := os.Args[1]
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "costly:", err)
		os.Exit(1)
	}
	for _, s := range badfile.CostlyFormulas() {
		path := filepath.Join(dir, s.Name+".xlsx")
		if err := os.WriteFile(path, s.Data, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "costly:", err)
			os.Exit(1)
		}
		fmt.Printf("%s\t%d bytes\n", path, len(s.Data))
	}
}
