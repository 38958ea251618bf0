using System.IO.Compression;
using System.Text;

namespace QuizTui.Core.Tagging;

/// <summary>
/// Reads and writes <see cref="AveragedPerceptron"/> models as gzip-compressed binary:
/// "QTPM" v1, class count, class labels, feature count, then each feature and its float weights.
/// Takes streams, not paths: the caller owns the I/O.
/// </summary>
public static class PerceptronFormat
{
    private const int Magic = 0x4D505451; // "QTPM"
    private const int Version = 1;

    public static void Write(AveragedPerceptron model, Stream output)
    {
        using var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(model.Classes.Count);
        foreach (var label in model.Classes)
        {
            writer.Write(label);
        }

        writer.Write(model.Weights.Count);
        foreach (var (feature, vector) in model.Weights.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(feature);
            foreach (var weight in vector)
            {
                // Half precision is ample for perceptron weights and halves the file.
                writer.Write((Half)weight);
            }
        }
    }

    public static AveragedPerceptron Read(Stream input)
    {
        using var gzip = new GZipStream(input, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(gzip, Encoding.UTF8);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != Version)
        {
            throw new InvalidDataException("Not a QuizTui perceptron model (v1).");
        }

        var classes = new string[reader.ReadInt32()];
        for (var c = 0; c < classes.Length; c++)
        {
            classes[c] = reader.ReadString();
        }

        var count = reader.ReadInt32();
        var weights = new Dictionary<string, float[]>(count, StringComparer.Ordinal);
        for (var f = 0; f < count; f++)
        {
            var feature = reader.ReadString();
            var vector = new float[classes.Length];
            for (var c = 0; c < vector.Length; c++)
            {
                vector[c] = (float)reader.ReadHalf();
            }

            weights[feature] = vector;
        }

        return new AveragedPerceptron(classes, weights);
    }
}
