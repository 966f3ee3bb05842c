package xlsx

import (
	"errors"
	"fmt"
	"strconv"
)

// Sentinel errors, to be tested with errors.Is on what Open returns.
var (
	// ErrNotXLSX: the file is not an .xlsx workbook at all (text, CSV, an
	// image, any file that is not a zip package).
	ErrNotXLSX = errors.New("not an xlsx workbook")
	// ErrLegacyXLS: an Excel 97-2003 .xls file (OLE compound document).
	ErrLegacyXLS = errors.New("legacy .xls workbook")
	// ErrEncrypted: the workbook is protected by a password and none, or a
	// wrong one, was given.
	ErrEncrypted = errors.New("workbook is encrypted")
	// ErrTooLarge: the file, its inflated content, a sheet's rows or cells, or
	// the number of sheets is over a limit of Options.
	ErrTooLarge = errors.New("workbook too large")
	// ErrCorrupt: a damaged zip package or damaged XML inside it, including
	// a truncated upload.
	ErrCorrupt = errors.New("workbook is corrupt")
)

// OpenError reports a workbook that could not be read. It wraps one of the
// sentinel errors above (or a context error) and says, in Chinese and in
// English, what a person should do.
type OpenError struct {
	File string // the file name as given
	Err  error  // the sentinel, or context.Canceled / DeadlineExceeded
	// Part is the package part where the damage or excess was found, such
	// as xl/worksheets/sheet1.xml, or "" when it is the file as a whole.
	Part string
	// Line is the line of Part where the XML tokenizer found the damage,
	// from 1, or 0 when it does not apply or is not known.
	Line   int
	Detail string // what exactly was found, in English
}

// Error names the file, the sentinel, the part and line, and the detail,
// in English.
func (e *OpenError) Error() string {
	msg := e.File + ": " + e.Err.Error()
	if e.Part != "" {
		msg += ": " + e.Part
		if e.Line > 0 {
			msg += " line " + strconv.Itoa(e.Line)
		}
	}
	if e.Detail != "" {
		msg += ": " + e.Detail
	}
	return msg
}

// Unwrap returns the sentinel error.
func (e *OpenError) Unwrap() error { return e.Err }

// Message returns a one-line explanation for the person who sent the file,
// in Chinese (the default) or English ("en").
func (e *OpenError) Message(lang string) string {
	zh, en := adviceFor(e.Err)
	if lang != "en" {
		return fmt.Sprintf("%s：%s", e.File, zh) + e.where("（位置：%s）", "（位置：%s 第 %d 行）")
	}
	return fmt.Sprintf("%s: %s", e.File, en) + e.where(" (at %s)", " (at %s, line %d)")
}

// where says where the damage is, by part or by part and line, or nothing.
func (e *OpenError) where(part, partLine string) string {
	switch {
	case e.Part != "" && e.Line > 0:
		return fmt.Sprintf(partLine, e.Part, e.Line)
	case e.Part != "":
		return fmt.Sprintf(part, e.Part)
	}
	return ""
}

func adviceFor(err error) (zh, en string) {
	switch {
	case errors.Is(err, ErrNotXLSX):
		return "不是 Excel 工作簿（.xlsx），请用财政局标准模板另存为 .xlsx 后重新提交",
			"not an Excel workbook (.xlsx); save the bureau's template as .xlsx and submit again"
	case errors.Is(err, ErrLegacyXLS):
		return "是旧版 .xls 文件，请在 Excel 或 WPS 中另存为 .xlsx 后重新提交",
			"is a legacy .xls file; convert it to .xlsx in Excel or WPS and submit again"
	case errors.Is(err, ErrEncrypted):
		return "工作簿设有密码，请去除密码后重新提交，或提供正确的密码",
			"is password-protected; remove the password and submit again, or supply the right password"
	case errors.Is(err, ErrTooLarge):
		return "文件超出大小限制，请只提交标准自评表",
			"is over the size limits; submit only the standard self-evaluation workbook"
	case errors.Is(err, ErrCorrupt):
		return "文件已损坏或不完整，请重新保存后再提交",
			"is damaged or incomplete; save it again and resubmit"
	}
	return "无法读取：" + err.Error(), "cannot be read: " + err.Error()
}

func openErr(file string, err error, format string, args ...any) *OpenError {
	return &OpenError{File: file, Err: err, Detail: fmt.Sprintf(format, args...)}
}

// partErr is the OpenError of damage or excess err found in a part, with
// the line err names.
func partErr(file, part string, sentinel, err error) *OpenError {
	return &OpenError{File: file, Err: sentinel, Part: part, Line: lineOf(err), Detail: err.Error()}
}
