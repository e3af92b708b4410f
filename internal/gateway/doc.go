// Package gateway is the gateway role's inference API: POST /v1/infer runs a served model
// (cohort-model/1 files, internal/modelfile) on a request's rows, in one of three modes: plain (the
// gateway runs the model), proven (the request is forwarded to the inference subnet, whose miners
// prove it with Groth16 and whose validator verifies the proof; the row is standardized with the served
// model's scaler first, so the circuit must be that model's) and encrypted (CKKS, served by an FHE
// server: the gateway answers 501 naming it, since it cannot encrypt for a client). GET /v1/models
// lists the models, GET /v1/models/{name} returns one as its model file, and GET /openapi.json serves
// the API's OpenAPI 3 document (embedded, hand-written; a test checks it against Routes).
//
// Inference is a public read: no signature is asked, but every request is bounded before its body is
// read (a per-address token bucket, then api.ReadBody under the route's limit and the server's
// body budget) and in its work (rows per request). The wire types are those of the public Go client,
// github.com/cohort-net/cohort/client.
//
// The hot path decodes no model per request: models are loaded once, each request standardizes its
// rows into a pooled buffer, runs fl.Model.Predict on them and encodes its answer into a pooled
// buffer.
package gateway
