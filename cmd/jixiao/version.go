package main

import "runtime/debug"

// version is the module version jixiao was built from (v0.3.0 for `go
// install github.com/jixiao-go/jixiao/cmd/jixiao@v0.3.0`, "(devel)" for a
// build in a clone), with the commit and its time when the build records
// them.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown)"
	}
	v := info.Main.Version
	if v == "" {
		v = "(devel)"
	}
	var rev, at, dirty string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			at = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = "+modified"
			}
		}
	}
	if rev != "" {
		if len(rev) > 12 {
			rev = rev[:12]
		}
		v += " " + rev + dirty
		if at != "" {
			v += " " + at
		}
	}
	return v + " " + info.GoVersion
}
