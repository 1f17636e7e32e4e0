namespace WireDesk.Formats.NewsMl1;

/// <summary>A Subject, SubjectMatter or SubjectDetail inside DescriptiveMetadata/SubjectCode.</summary>
public sealed record NewsMl1Subject(string FormalName, string? Scheme, string Level);
