package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"

	"github.com/jixiao-go/jixiao/evaluation"
	"github.com/jixiao-go/jixiao/narrative"
	"github.com/jixiao-go/jixiao/present"
	"github.com/jixiao-go/jixiao/xlsx"
)

func runCheck(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("check", stderr)
	format := fs.String("format", "text", "output format: text, json (one object per file, one per line) or csv (one row per finding)")
	flags := addCheckFlags(fs, "password of encrypted workbooks")
	workers := fs.Int("j", runtime.NumCPU(), "number of workbooks checked at once")
	reportFlag := fs.String("report", "", "the narrative report (.docx or .txt) checked with the one workbook given (表文一致)")
	reports := fs.Bool("reports", false, "check each workbook with the report beside it of the same base name, NAME.docx or NAME.txt")
	args, code, ok := parseCommand(fs, args, stdout)
	if !ok {
		return code
	}
	lang, err := flags.language()
	if err != nil {
		fmt.Fprintln(stderr, "jixiao:", err)
		return exitTrouble
	}
	out, ok := newPrinter(*format, stdout, lang)
	if !ok {
		fmt.Fprintln(stderr, "jixiao: "+present.New(&msgUnknownFormat, present.S("format", *format)).In(lang))
		return exitTrouble
	}
	if len(args) == 0 {
		fmt.Fprintln(stderr, "jixiao: "+msgNoInput.In(lang))
		return exitTrouble
	}
	if *workers < 1 {
		fmt.Fprintln(stderr, "jixiao: "+msgNoWorkers.In(lang))
		return exitTrouble
	}
	opts, err := flags.options()
	if err != nil {
		fmt.Fprintln(stderr, "jixiao:", err)
		return exitTrouble
	}
	inputs := expandInputs(args)
	switch {
	case *reportFlag != "" && (len(inputs) != 1 || *reports):
		fmt.Fprintln(stderr, "jixiao: "+msgReportOne.In(lang))
		return exitTrouble
	case *reportFlag != "":
		inputs[0].report = *reportFlag
	case *reports:
		for i := range inputs {
			if inputs[i].err == nil {
				inputs[i].report = reportBeside(inputs[i].path)
			}
		}
	}
	var progress func(done, total int)
	if isTerminal(stderr) && len(inputs) > 1 {
		progress = func(done, total int) { fmt.Fprintf(stderr, "\r%d/%d", done, total) }
	}
	code = exitValid
	sum := summary{grades: map[string]int{}}
	checkAll(ctx, inputs, *workers, opts, func(r result) {
		if progress != nil {
			fmt.Fprint(stderr, "\r\033[K")
		}
		sum.add(r)
		if r.err != nil {
			msg := describeError(r.in.path, r.err, lang)
			fmt.Fprintln(stderr, "jixiao: "+present.Printable(msg))
			code = exitTrouble
			if err := out.unreadable(r.in.path, errorCode(r.err), msg); err != nil {
				fmt.Fprintln(stderr, "jixiao:", err)
			}
			return
		}
		if !r.rep.Valid && code == exitValid {
			code = exitFindings
		}
		if err := out.report(r.rep); err != nil {
			fmt.Fprintln(stderr, "jixiao:", err)
			code = exitTrouble
		}
	}, progress)
	if err := out.flush(); err != nil {
		fmt.Fprintln(stderr, "jixiao:", err)
		code = exitTrouble
	}
	if len(inputs) > 1 {
		w := stdout
		if *format != "text" {
			w = stderr // keep stdout machine-readable
		}
		sum.print(w, lang)
	}
	return code
}

// printer writes reports in one format, and a record of each file that
// could not be read (on stderr only, in text).
type printer struct {
	report     func(*evaluation.Report) error
	unreadable func(file, code, message string) error
	flush      func() error
}

// unreadableRecord is the JSON record of a file that could not be read.
type unreadableRecord struct {
	Schema string `json:"schema"`
	File   string `json:"file"`
	Valid  bool   `json:"valid"`
	Error  struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

func newPrinter(format string, w io.Writer, lang present.Lang) (printer, bool) {
	switch format {
	case "text":
		return printer{
			report:     func(r *evaluation.Report) error { printText(w, r, lang); return nil },
			unreadable: func(string, string, string) error { return nil },
			flush:      func() error { return nil },
		}, true
	case "json":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		return printer{
			report: func(r *evaluation.Report) error { return enc.Encode(r) },
			unreadable: func(file, code, message string) error {
				rec := unreadableRecord{Schema: evaluation.SchemaVersion, File: file}
				rec.Error.Code, rec.Error.Message = code, message
				return enc.Encode(rec)
			},
			flush: func() error { return nil },
		}, true
	case "csv":
		cw := csv.NewWriter(w)
		header := false
		start := func() error {
			if header {
				return nil
			}
			header = true
			if _, err := io.WriteString(w, "\ufeff"); err != nil { // Excel reads the file as UTF-8
				return err
			}
			return cw.Write(csvHeader(lang))
		}
		return printer{
			report: func(r *evaluation.Report) error {
				if err := start(); err != nil {
					return err
				}
				return cw.WriteAll(csvRows(r))
			},
			unreadable: func(file, code, message string) error {
				if err := start(); err != nil {
					return err
				}
				return cw.Write(csvUnreadable(file, code, message))
			},
			flush: func() error { cw.Flush(); return cw.Error() },
		}, true
	}
	return printer{}, false
}

// describeError gives one line on a file that could not be checked.
func describeError(file string, err error, lang present.Lang) string {
	var oe *xlsx.OpenError
	if errors.As(err, &oe) {
		return oe.Message(string(lang))
	}
	var re *narrative.Error
	if errors.As(err, &re) {
		return present.New(&reportUnreadable, present.S("file", re.Name), present.S("why", re.Err.Error())).In(lang)
	}
	var nf *evaluation.NoFormError
	if errors.As(err, &nf) {
		return nf.Message(string(lang))
	}
	switch {
	case errors.Is(err, errNoMatch), errors.Is(err, errNoWorkbooks):
		return file + ": " + err.Error()
	case errors.Is(err, os.ErrNotExist):
		return present.New(&noSuchFile, present.S("file", file)).In(lang)
	}
	return err.Error()
}

// isTerminal reports whether w is a terminal, where a progress line helps.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

var (
	msgUnknownFormat = present.Text{ZH: "未知的输出格式 “{format}”（可用 text、json 或 csv）", EN: "unknown format \"{format}\" (want text, json or csv)"}
	msgNoInput       = present.Text{ZH: "check 需要至少一个文件、目录或通配模式", EN: "check needs at least one file, directory or pattern"}
	msgNoWorkers     = present.Text{ZH: "-j 至少为 1", EN: "-j needs at least 1 worker"}
	msgReportOne     = present.Text{
		ZH: "--report 只能配一个工作簿；多个工作簿请把各自的报告放在同名文件旁，并使用 --reports",
		EN: "--report goes with one workbook; for many, put each report beside its workbook and use --reports",
	}
	noSuchFile       = present.Text{ZH: "{file}：文件不存在", EN: "{file}: no such file"}
	reportUnreadable = present.Text{ZH: "{file}：自评报告无法读取（{why}）", EN: "{file}: the report cannot be read ({why})"}
)
