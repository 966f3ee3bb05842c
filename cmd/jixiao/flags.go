package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/jixiao-go/jixiao/evaluation"
	"github.com/jixiao-go/jixiao/present"
	"github.com/jixiao-go/jixiao/vocabulary"
)

// parseInterspersed parses flags that may stand before, between or after
// the positional arguments, which it returns in order.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return positional, nil
		}
		if args[0] == "--" {
			return append(positional, args[1:]...), nil
		}
		positional = append(positional, args[0])
		args = args[1:]
	}
}

func newFlagSet(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {} // parseCommand says how to get help
	return fs
}

// parseCommand parses a command's flags and returns its other arguments.
// --help (or -h) prints the command's usage on stdout and ends it with exit
// 0; a bad flag (flag's own message is on stderr) ends it with exit 2 and
// a hint. ok is false when the command is to end with code.
func parseCommand(fs *flag.FlagSet, args []string, stdout io.Writer) (rest []string, code int, ok bool) {
	rest, err := parseInterspersed(fs, args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		printUsage(stdout, fs)
		return nil, exitValid, false
	case err != nil:
		fmt.Fprintf(fs.Output(), "usage: %s\n(jixiao %s --help lists the flags)\n", synopsis(fs.Name()), fs.Name())
		return nil, exitTrouble, false
	}
	return rest, 0, true
}

// printUsage writes a command's usage line and its flags, GNU style.
func printUsage(w io.Writer, fs *flag.FlagSet) {
	fmt.Fprintf(w, "usage: %s\n\nflags:\n", synopsis(fs.Name()))
	fs.VisitAll(func(f *flag.Flag) {
		name, help := flag.UnquoteUsage(f)
		dash := "--"
		if len(f.Name) == 1 {
			dash = "-"
		}
		line := "  " + dash + f.Name
		if name != "" {
			line += " " + strings.ToUpper(name)
		}
		fmt.Fprintf(w, "%s\n      %s", line, help)
		if f.DefValue != "" && f.DefValue != "false" {
			fmt.Fprintf(w, " (default %s)", f.DefValue)
		}
		fmt.Fprintln(w)
	})
}

// splitCodes reads "JX001,JX002" into codes.
func splitCodes(s string) []string {
	var out []string
	for _, c := range strings.Split(s, ",") {
		if c = strings.TrimSpace(c); c != "" {
			out = append(out, strings.ToUpper(c))
		}
	}
	return out
}

// checkFlags are the flags check and annotate share: the language of the
// messages, codes not to report, a workbook password, the bureau's own
// labels, and how deductions charge part steps.
type checkFlags struct {
	lang, disable, password, vocabulary *string
	prorate                             *bool
}

func addCheckFlags(fs *flag.FlagSet, passwordUsage string) checkFlags {
	return checkFlags{
		lang:       fs.String("lang", "zh", "language of the messages: zh or en"),
		disable:    fs.String("disable", "", "comma-separated codes not to report, such as JX001,JX002"),
		password:   fs.String("password", "", passwordUsage),
		vocabulary: fs.String("vocabulary", "", "a file of the bureau's own labels, one term a line, such as \"measure.adjusted: 全年可用资金\""),
		prorate:    fs.Bool("prorate", false, "charge the part steps of deduction rules in proportion (default: whole steps)"),
	}
}

// options turns the flags into evaluation options; a vocabulary file that
// cannot be read is an error.
func (c checkFlags) options() (evaluation.Options, error) {
	opts := evaluation.Options{Language: *c.lang, Disable: splitCodes(*c.disable), ProrateSteps: *c.prorate}
	opts.Limits.Password = *c.password
	if *c.vocabulary != "" {
		v, err := vocabulary.Load(*c.vocabulary)
		if err != nil {
			return opts, err
		}
		opts.Vocabulary = v
	}
	return opts, nil
}

// language is the language the flags ask for; an unknown one is an error
// that says which there are.
func (c checkFlags) language() (present.Lang, error) { return present.ParseLang(*c.lang) }
