using System.Collections;
using System.Reflection;
using WireDesk.Core.Stories;

namespace WireDesk.Storage.Tests;

public class StorySamplesTests
{
    // Keeps the round-trip test honest when Story gains a field: the sample must set it too.
    [Fact]
    public void The_round_trip_sample_sets_every_field_of_the_story()
    {
        var unset = typeof(Story).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetValue(StorySamples.EveryField) is null or 0 or "" or PubStatus.Usable or Signals.None
                || p.GetValue(StorySamples.EveryField) is ICollection { Count: 0 })
            .Select(p => p.Name);

        Assert.Empty(unset);
    }
}
