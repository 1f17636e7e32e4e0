using System.Text.Json;
using System.Text.Json.Serialization;

namespace WireDesk.Web.Transports;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PushAnswer))]
[JsonSerializable(typeof(IReadOnlyList<WireDesk.Core.Health.SourceHealth>))]
internal sealed partial class PushJson : JsonSerializerContext;
