using System.Text.Json;
using System.Text.Json.Serialization;

namespace WireDesk.Web.Ingest;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PushAnswer))]
internal sealed partial class PushJson : JsonSerializerContext;
