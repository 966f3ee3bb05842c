package present

import "fmt"

// Lang is the language of a message: ZH or EN.
type Lang string

// The languages jixiao speaks. Chinese is the default: messages are meant
// for bureau staff.
const (
	ZH Lang = "zh"
	EN Lang = "en"
)

// ParseLang reads a language name as given on a command line or in options:
// "zh" or "en", and "" for the default, ZH. Anything else is an error that
// names the languages there are.
func ParseLang(s string) (Lang, error) {
	switch s {
	case "", "zh", "zh-CN", "zh_CN", "cn":
		return ZH, nil
	case "en", "en-US", "en_US", "en-GB":
		return EN, nil
	}
	return ZH, fmt.Errorf("unknown language %q (want zh or en)", s)
}

// Of is the language a name chooses, ZH for anything but English: the
// lenient reading that options use.
func Of(s string) Lang {
	if l, err := ParseLang(s); err == nil {
		return l
	}
	return ZH
}
