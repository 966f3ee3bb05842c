package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// input is one file to check, or an argument that named none.
type input struct {
	path string
	err  error // the argument could not be expanded
	// report is the narrative report checked with the workbook, or "".
	report string
}

// reportBeside is the narrative report next to a workbook with its base
// name, NAME.docx or NAME.txt, or "" when there is none.
func reportBeside(workbook string) string {
	base := strings.TrimSuffix(workbook, filepath.Ext(workbook))
	for _, ext := range [...]string{".docx", ".txt"} {
		if st, err := os.Stat(base + ext); err == nil && st.Mode().IsRegular() {
			return base + ext
		}
	}
	return ""
}

// expandInputs turns the arguments into files, in order: a file as given, a
// directory as every spreadsheet below it (sorted), a glob as its matches
// (sorted). A path that exists is taken as it is, never as a pattern, so
// that 自评表[终稿].xlsx is that file. An argument that names nothing is kept
// as an input with an error so that it is reported in its place.
func expandInputs(args []string) []input {
	var out []input
	for _, arg := range args {
		if _, err := os.Lstat(arg); err != nil && strings.ContainsAny(arg, "*?[") {
			matches, err := filepath.Glob(arg)
			if err != nil || len(matches) == 0 {
				out = append(out, input{path: arg, err: errNoMatch})
				continue
			}
			for _, m := range matches {
				out = append(out, expandOne(m)...)
			}
			continue
		}
		out = append(out, expandOne(arg)...)
	}
	return out
}

// spreadsheetExts are the files a directory is searched for: the .xlsx
// workbooks checked, and the spreadsheets that are not, so that each is
// reported (as a legacy .xls, a macro workbook read as .xlsx, an .ods or
// WPS .et to save as .xlsx) rather than skipped in silence.
var spreadsheetExts = []string{".xlsx", ".xlsm", ".xls", ".ods", ".et"}

func isSpreadsheet(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	return slices.Contains(spreadsheetExts, ext)
}

func expandOne(path string) []input {
	st, err := os.Stat(path)
	if err != nil || !st.IsDir() {
		return []input{{path: path}} // Evaluate reports a missing file
	}
	var files []string
	walkErr := filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil // an unreadable subdirectory is skipped, not fatal
		}
		if !d.IsDir() && isSpreadsheet(p) && !strings.HasPrefix(d.Name(), "~$") {
			files = append(files, p)
		}
		return nil
	})
	if walkErr != nil || len(files) == 0 {
		return []input{{path: path, err: errNoWorkbooks}}
	}
	slices.Sort(files)
	out := make([]input, len(files))
	for i, f := range files {
		out[i] = input{path: f}
	}
	return out
}
