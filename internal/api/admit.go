package api

import (
	"net/http"

	"github.com/cohort-net/cohort/internal/protocol"
)

// Authenticate admits a signed request and only then reads its body: the header's signature (over
// the announced body hash), admit (who may call this route; nil admits any signer) and the nonce's
// freshness are checked before a byte of the body is read; the body is then read under limit and
// checked against the signed hash, and only then is the nonce recorded. A request refused before its
// body is read has its connection closed after the reply.
func Authenticate(w http.ResponseWriter, r *http.Request, a *protocol.Authenticator, admit protocol.Admit, limit int64) ([]byte, protocol.Envelope, error) {
	env, err := a.VerifyHeader(r.Header, r.Method, r.URL.Path, admit)
	if err != nil {
		w.Header().Set("Connection", "close")
		RefusedHeader(r, err)
		return nil, protocol.Envelope{}, err
	}
	body, err := ReadBody(w, r, limit)
	if err != nil {
		return nil, protocol.Envelope{}, err
	}
	if err := a.Accept(env, body); err != nil {
		refusedBody(r, err)
		return nil, protocol.Envelope{}, err
	}
	return body, env, nil
}
