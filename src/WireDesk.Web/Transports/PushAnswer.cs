namespace WireDesk.Web.Transports;

/// <summary>The JSON body of a push answer: <c>{"receipt": 42, "repeated": false, "message": "accepted"}</c>.</summary>
public sealed record PushAnswer(long? Receipt, bool Repeated, string Message);
