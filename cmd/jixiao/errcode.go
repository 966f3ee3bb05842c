package main

import (
	"context"
	"errors"
	"os"

	"github.com/jixiao-go/jixiao/evaluation"
	"github.com/jixiao-go/jixiao/narrative"
	"github.com/jixiao-go/jixiao/xlsx"
)

// errorCode is the stable code of why a file could not be checked, as the
// JSON and CSV records of unreadable files give it.
func errorCode(err error) string {
	for _, c := range [...]struct {
		err  error
		code string
	}{
		{xlsx.ErrLegacyXLS, "legacy-xls"},
		{xlsx.ErrNotXLSX, "not-xlsx"},
		{xlsx.ErrEncrypted, "encrypted"},
		{xlsx.ErrTooLarge, "too-large"},
		{xlsx.ErrCorrupt, "corrupt"},
		{evaluation.ErrNoForm, "no-form"},
		{narrative.ErrUnsupported, "report-unsupported"},
		{narrative.ErrTooLarge, "report-too-large"},
		{narrative.ErrCorrupt, "report-corrupt"},
		{narrative.ErrEncoding, "report-encoding"},
		{os.ErrNotExist, "not-found"},
		{os.ErrPermission, "permission"},
		{errNoMatch, "no-match"},
		{errNoWorkbooks, "no-workbooks"},
		{context.Canceled, "canceled"},
		{context.DeadlineExceeded, "deadline"},
	} {
		if errors.Is(err, c.err) {
			return c.code
		}
	}
	return "unreadable"
}
