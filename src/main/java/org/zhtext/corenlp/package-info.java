/**
 * The Stanford CoreNLP 4.5.10 Chinese engine ({@code --engine corenlp}).
 * <ul>
 *   <li>{@link org.zhtext.corenlp.ModelFetcher} streams the 1.58 GB models jar from Maven Central once, checks
 *       its SHA-1 and keeps only the 217 MiB the engines read, in {@code models/corenlp/}
 *       ({@code zhtext models fetch corenlp});</li>
 *   <li>{@link org.zhtext.corenlp.CorenlpModels} finds and validates that folder (a missing one is a one-line
 *       {@link org.zhtext.engine.SetupException} naming the fetch command);</li>
 *   <li>{@link org.zhtext.corenlp.CorenlpSegmenter} (CTB segmentation + POS, user lexicon by merging words)
 *       and {@link org.zhtext.corenlp.CorenlpRecognizer} (person / organization / location) share one lazily
 *       loaded {@link org.zhtext.corenlp.CorenlpPipeline} per process.</li>
 * </ul>
 * The segmentation models take about 0.65 GB of heap, with NER about 1 GB: run with {@code -Xmx2g}.
 */
package org.zhtext.corenlp;
