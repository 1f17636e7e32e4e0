using System.Data.Common;
using System.Security.Cryptography;
using WireDesk.Core.Ports;
using WireDesk.Core.Publishing;
using WireDesk.Core.Stories;

namespace WireDesk.Storage.Tests;

public abstract partial class StoryStoreContract
{
    [Fact]
    public async Task Creating_a_story_stores_its_row_first_version_and_audit_together()
    {
        byte[] bytes = [1, 2, 3];
        var deliveryId = await Store.AddDeliveryAsync(
            new RawDelivery("ani", bytes, "text/plain", Convert.ToHexStringLower(SHA256.HashData(bytes)), T0, "push", null), Ct);
        var story = Copy("g-1");
        var change = new StoryChange(NewStored(story), new NewVersion(story, deliveryId, T0.AddSeconds(1), true),
            [Audit("received", T0, versionId: 0), Audit("published", T0.AddSeconds(1), detail: "auto")]);

        var saved = await Store.SaveAsync(change, Ct);

        Assert.True(saved.Id > 0);
        Assert.Equal("slug-g-1", saved.Slug);
        Assert.Equal("Headline of g-1 v1", saved.Current.Headline);
        var version = Assert.Single(await Store.GetVersionsAsync(saved.Id, Ct));
        Assert.Equal(saved.CurrentVersionId, version.Id);
        Assert.Equal(saved.Id, version.StoryId);
        Assert.Equal(1, version.Arrival);
        Assert.Equal(1, version.Version);
        Assert.Equal(deliveryId, version.DeliveryId);
        Assert.Equal("hash-g-1-1", version.ContentHash);
        Assert.Equal(T0.AddSeconds(1), version.ReceivedAt);
        Assert.Equal(
            [new AuditEntry(saved.Id, "received", "test", version.Id, T0, null),
             new AuditEntry(saved.Id, "published", "test", null, T0.AddSeconds(1), "auto")],
            await Store.GetAuditAsync(saved.Id, Ct));
        var fetched = await Store.GetAsync(saved.Id, Ct);
        Assert.NotNull(fetched);
        Assert.Equal(saved.CurrentVersionId, fetched.CurrentVersionId);
    }

    [Fact]
    public async Task A_new_story_takes_its_receipt_time_from_its_first_copy_when_none_is_given()
    {
        var story = Copy("g-receipt");
        var stored = NewStored(story) with { ReceivedAt = default };

        var saved = await Store.SaveAsync(
            new StoryChange(stored, new NewVersion(story, null, T0.AddMinutes(3), true), []), Ct);

        Assert.Equal(T0.AddMinutes(3), saved.ReceivedAt);
    }

    [Fact]
    public async Task A_new_story_without_a_version_made_current_is_refused()
    {
        var story = Copy("g-no-current");

        await Assert.ThrowsAsync<ArgumentException>(() => Store.SaveAsync(new StoryChange(NewStored(story), null, []), Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.SaveAsync(
            new StoryChange(NewStored(story), new NewVersion(story, null, T0, MakeCurrent: false), []), Ct));
        Assert.Null(await Store.FindAsync("ani", "g-no-current", Ct));
    }

    [Fact]
    public async Task A_new_story_that_fails_part_way_leaves_nothing_behind()
    {
        var story = Copy("g-atomic");
        var change = new StoryChange(NewStored(story), new NewVersion(story, null, T0, true),
            [Audit("received", T0), Audit("broken", T0, versionId: 987654)]);

        await Assert.ThrowsAnyAsync<DbException>(() => Store.SaveAsync(change, Ct));

        Assert.Null(await Store.FindAsync("ani", "g-atomic", Ct));
        Assert.Empty(await Store.ListAsync(new StoryQuery(), Ct));
    }

    [Fact]
    public async Task A_change_to_a_stored_story_that_fails_part_way_changes_nothing()
    {
        var created = await CreateAsync(Copy("g-atomic-2"));
        var change = new StoryChange(created with { State = StoryState.Killed, KillReason = "agency kill" },
            new NewVersion(Copy("g-atomic-2", 2), null, T0, true), [Audit("broken", T0, versionId: 987654)]);

        await Assert.ThrowsAnyAsync<DbException>(() => Store.SaveAsync(change, Ct));

        var after = await Store.GetAsync(created.Id, Ct);
        Assert.NotNull(after);
        Assert.Equal(StoryState.Published, after.State);
        Assert.Null(after.KillReason);
        Assert.Equal(created.CurrentVersionId, after.CurrentVersionId);
        Assert.Single(await Store.GetVersionsAsync(created.Id, Ct));
        Assert.Empty(await Store.GetAuditAsync(created.Id, Ct));
    }

    [Fact]
    public async Task A_second_new_story_with_the_same_source_and_guid_is_refused()
    {
        var first = await CreateAsync(Copy("g-dup", headline: "First"));

        var refused = await Assert.ThrowsAsync<StoryAlreadyExistsException>(
            () => CreateAsync(Copy("g-dup", 2, headline: "Second")));

        Assert.Equal("ani", refused.StorySource);
        Assert.Equal("g-dup", refused.StoryGuid);
        var kept = await Store.FindAsync("ani", "g-dup", Ct);
        Assert.NotNull(kept);
        Assert.Equal(first.Id, kept.Id);
        Assert.Equal("First", kept.Current.Headline);
        Assert.Single(await Store.GetVersionsAsync(first.Id, Ct));
    }

    [Fact]
    public async Task The_same_guid_from_another_source_is_another_story()
    {
        var fromAni = await CreateAsync(Copy("g-shared", source: "ani"));
        var fromPartner = await CreateAsync(Copy("g-shared", source: "partner"));

        Assert.NotEqual(fromAni.Id, fromPartner.Id);
        Assert.Equal(fromPartner.Id, (await Store.FindAsync("partner", "g-shared", Ct))?.Id);
        Assert.Equal(fromAni.Id, (await Store.FindAsync("ani", "g-shared", Ct))?.Id);
    }

    [Fact]
    public async Task Find_and_get_return_the_stored_story_or_null()
    {
        var saved = await CreateAsync(Copy("g-find"));

        Assert.Equal(saved.Id, (await Store.FindAsync("ani", "g-find", Ct))?.Id);
        Assert.Equal("g-find", (await Store.GetAsync(saved.Id, Ct))?.Guid);
        Assert.Null(await Store.FindAsync("ani", "g-missing", Ct));
        Assert.Null(await Store.FindAsync("pti", "g-find", Ct));
        Assert.Null(await Store.GetAsync(saved.Id + 1000, Ct));
    }

    [Fact]
    public async Task Saving_a_stored_story_changes_its_publishing_fields_but_never_its_identity_or_slug()
    {
        var created = await CreateAsync(Copy("g-edit"));
        var edited = created with
        {
            Slug = "another-slug",
            ReceivedAt = T0.AddDays(1),
            State = StoryState.Held,
            EmbargoUntil = new DateTimeOffset(2026, 1, 10, 9, 0, 0, Ist),
            PublishedAt = T0.AddMinutes(1),
            ModifiedAt = T0.AddMinutes(2),
            HeadlineOverride = "Edited headline",
            Section = "world",
            ClusterId = 77,
            Reviewed = true,
            Edited = true,
            HoldReason = "sensitive",
            KillReason = "not really",
        };

        var saved = await Store.SaveAsync(new StoryChange(edited, null, [Audit("edit", T0)]), Ct);
        var fetched = await Store.GetAsync(created.Id, Ct);

        foreach (var story in new[] { saved, fetched! })
        {
            Assert.Equal("slug-g-edit", story.Slug);
            Assert.Equal(T0, story.ReceivedAt);
            Assert.Equal(StoryState.Held, story.State);
            Assert.Equal(new DateTimeOffset(2026, 1, 10, 3, 30, 0, TimeSpan.Zero), story.EmbargoUntil);
            Assert.Equal(T0.AddMinutes(1), story.PublishedAt);
            Assert.Equal(T0.AddMinutes(2), story.ModifiedAt);
            Assert.Equal("Edited headline", story.HeadlineOverride);
            Assert.Equal("Edited headline", story.DisplayHeadline);
            Assert.Equal("world", story.Section);
            Assert.Equal(77, story.ClusterId);
            Assert.True(story.Reviewed);
            Assert.True(story.Edited);
            Assert.Equal("sensitive", story.HoldReason);
            Assert.Equal("not really", story.KillReason);
            Assert.Equal(created.CurrentVersionId, story.CurrentVersionId);
        }
    }

    [Fact]
    public async Task Saving_a_story_that_is_not_stored_fails()
    {
        var ghost = NewStored(Copy("g-ghost")) with { Id = 123456 };

        await Assert.ThrowsAsync<KeyNotFoundException>(() => Store.SaveAsync(new StoryChange(ghost, null, []), Ct));
    }

    [Fact]
    public async Task Saving_a_stored_id_under_another_guid_fails()
    {
        var created = await CreateAsync(Copy("g-real"));

        await Assert.ThrowsAsync<KeyNotFoundException>(
            () => Store.SaveAsync(new StoryChange(created with { Guid = "g-other" }, null, []), Ct));
    }

    [Fact]
    public async Task An_audit_entry_for_another_story_is_refused()
    {
        var created = await CreateAsync(Copy("g-audit-other"));

        await Assert.ThrowsAsync<ArgumentException>(() => Store.SaveAsync(
            new StoryChange(created, null, [new AuditEntry(created.Id + 1, "edit", "editor", null, T0, null)]), Ct));
    }

    [Fact]
    public async Task Audit_entries_come_back_in_the_order_they_were_written()
    {
        var created = await CreateAsync(NewStored(Copy("g-audit")), Audit("received", T0, 0), Audit("held", T0));
        var second = await AppendAsync(created, Copy("g-audit", 2), true, Audit("updated", T0.AddMinutes(1), 0));
        await Store.SaveAsync(new StoryChange(second with { Reviewed = true }, null,
            [Audit("reviewed", T0.AddMinutes(2), detail: "by desk"), Audit("released", T0.AddMinutes(2))]), Ct);
        var versions = await Store.GetVersionsAsync(created.Id, Ct);

        var audit = await Store.GetAuditAsync(created.Id, Ct);

        Assert.Equal(["received", "held", "updated", "reviewed", "released"], audit.Select(a => a.Action));
        Assert.Equal([versions[0].Id, null, versions[1].Id, null, null], audit.Select(a => a.VersionId));
        Assert.All(audit, entry => Assert.Equal(created.Id, entry.StoryId));
        Assert.Equal("by desk", audit[3].Detail);
        Assert.Empty(await Store.GetAuditAsync(created.Id + 1, Ct));
    }
}
